package org.netzbild.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.netzbild.audit.Actor;
import org.netzbild.audit.AuditEvent;
import org.netzbild.audit.AuditSink;
import org.netzbild.audit.ClientAndServerAudit;
import org.netzbild.audit.AuditedIds;
import org.netzbild.audit.FileAuditLog;
import org.netzbild.audit.Operation;
import org.netzbild.audit.Outcome;
import org.netzbild.model.Entity;
import org.netzbild.schema.ReferenceData;
import org.netzbild.security.Account;
import org.netzbild.security.AnalystSession;
import org.netzbild.security.PasswordHash;
import org.netzbild.security.Purpose;
import org.netzbild.security.Role;
import org.netzbild.store.AccountStore;
import org.netzbild.store.GraphStore;
import org.netzbild.store.StoreConnection;
import org.netzbild.store.StoreLocation;
import org.netzbild.store.WriteMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace that is open but shows nothing yet: its schema is migrated and its reference data
 * loaded (the program's own upkeep, audited as user {@value #PROGRAM}), and the only way to its
 * records is to sign in with an account of the workspace ({@link #signIn}) and state a purpose
 * ({@link #enter}). A workspace without accounts accepts one thing: its first ADMIN account
 * ({@link #createFirstAdmin}), or, when it is also empty, the demo data with the demo accounts.
 * Every sign-in, successful or refused, and every refusal for want of a purpose is audited.
 */
public final class WorkspaceGate implements AutoCloseable {

    /** The user name the program's own upkeep is audited under; no account may take it. */
    public static final String PROGRAM = "netzbild";

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceGate.class);
    private static final AnalystSession UPKEEP = AnalystSession.unrestricted(PROGRAM, "",
            new Purpose("-", "Arbeitsbereich öffnen und pflegen"));
    /** Checked against when the user name is unknown, so that a refusal takes as long either way. */
    private static volatile PasswordHash unknownUser;

    private final Path folder;
    private final StoreLocation location;
    private final AuditSink audit;
    private final StoreConnection connection;
    private boolean handedOver;

    private WorkspaceGate(Path folder, StoreLocation location, AuditSink audit, StoreConnection connection) {
        this.folder = folder;
        this.location = location;
        this.audit = audit;
        this.connection = connection;
    }

    /** Opens the audit log and the store, migrates, loads reference data; slow, never on the UI thread. */
    public static WorkspaceGate open(WorkspaceAddress address) {
        return open(address.folder(), address.location());
    }

    static WorkspaceGate open(Path folder, StoreLocation location) {
        FileAuditLog file = FileAuditLog.open(WorkspaceSettings.auditFile(folder));
        try {
            // the migration and the roll-back of dead imports are on this client's log only: the
            // server's trail may not exist before the migration
            StoreConnection connection = StoreConnection.open(location, UPKEEP, file);
            try {
                // on a server every entry goes to the server's trail as well, the one chain of all clients
                AuditSink audit = connection.serverAuditTrail()
                        .<AuditSink>map(trail -> new ClientAndServerAudit(file, trail)).orElse(file);
                if (file.wasEmpty() && !connection.wasNew()) {
                    recordMissingLog(audit, location, folder);
                }
                loadReferenceDataOnce(connection, connection.upkeep(UPKEEP, audit), folder);
                return new WorkspaceGate(folder, location, audit, connection);
            } catch (RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Whether any account exists; until one does, nobody can sign in. */
    public boolean hasAccounts() {
        return accounts(Actor.program("first-run check")).anyAccount();
    }

    /**
     * Checks user name and password against the workspace's accounts. A wrong password, an unknown
     * user and a disabled account are refused with {@link SignInRefusedException} and audited as
     * refused sign-ins; the password is compared in constant time and never logged.
     */
    public SignedIn signIn(String user, char[] password) {
        if (user == null || user.isBlank()) {
            throw UserFacingException.badArgument("signIn.userMissing");
        }
        String name = user.strip();
        Optional<Account> account = accounts(new Actor(name, "", "", "")).account(name);
        boolean matches;
        if (account.isPresent()) {
            matches = account.get().password().matches(password);
        } else {
            unknownUserHash().matches(password); // the same work as for a known user, so timing tells nothing
            matches = false;
        }
        if (!matches) {
            boolean noAccounts = account.isEmpty() && !hasAccounts();
            refuse(name, "", noAccounts ? "no accounts in this workspace" : "wrong user name or password");
            throw new SignInRefusedException(name, noAccounts ? SignInRefusedException.Reason.NO_ACCOUNTS
                    : SignInRefusedException.Reason.WRONG_CREDENTIALS);
        }
        if (!account.get().enabled()) {
            refuse(name, account.get().agency(), "account disabled");
            throw new SignInRefusedException(name, SignInRefusedException.Reason.DISABLED);
        }
        audit.append(new AuditEvent(Instant.now(), new Actor(name, account.get().agency(), "", ""), Operation.SIGN_IN,
                "signIn", "roles " + account.get().roles(), AuditedIds.none(), Outcome.DONE));
        return new SignedIn(account.get());
    }

    /**
     * The workspace for a signed-in account working for {@code purpose}. Without a purpose (null)
     * nothing is shown: the refusal is audited and the user told to state case reference and reason.
     */
    public Workspace enter(SignedIn who, Purpose purpose) {
        if (purpose == null) {
            audit.append(new AuditEvent(Instant.now(), new Actor(who.account().name(), who.account().agency(), "", ""),
                    Operation.QUERY, "enter", "no purpose stated", AuditedIds.none(), Outcome.REFUSED));
            throw UserFacingException.badArgument("error.purposeMissing");
        }
        AnalystSession session = AnalystSession.signedIn(who.account(), purpose);
        audit.append(new AuditEvent(Instant.now(), org.netzbild.store.AuditedGraphStore.actorOf(session), Operation.QUERY,
                "statePurpose", "", AuditedIds.none(), Outcome.DONE));
        return enterAs(session);
    }

    /** Hands the open store over to a workspace of {@code session}; the gate is spent then. */
    Workspace enterAs(AnalystSession session) {
        var settings = new WorkspaceSettings(folder.toAbsolutePath().normalize(), location, session);
        handedOver = true;
        return new Workspace(settings, audit, connection);
    }

    /**
     * Creates the workspace's first account, an ADMIN, without a sign-in; refused (and audited) once
     * any account exists. The ADMIN then creates the others ({@link Accounts}).
     */
    public Account createFirstAdmin(String name, String agency, char[] password) {
        var actor = new Actor(name == null ? "" : name, agency, "", "first-run: first ADMIN account");
        if (hasAccounts()) {
            audit.append(new AuditEvent(Instant.now(), actor, Operation.CREATE, "createFirstAdmin",
                    "accounts exist already", AuditedIds.none(), Outcome.REFUSED));
            throw UserFacingException.badArgument("accounts.notFirst");
        }
        Account admin = Accounts.newAccount(name, agency, Set.of(Role.ADMIN), password, referenceData());
        accounts(actor).create(admin, password);
        return admin;
    }

    /** The store for the program's upkeep of a new workspace (demo data), audited as {@value #PROGRAM}. */
    GraphStore upkeepStore() {
        return connection.upkeep(UPKEEP, audit);
    }

    AccountStore accounts(Actor actor) {
        return connection.accounts(actor, audit);
    }

    ReferenceData referenceData() {
        return ReferenceData.load(folder.resolve("reference"));
    }

    public Path folder() {
        return folder;
    }

    public boolean isEmbedded() {
        return location instanceof StoreLocation.Embedded;
    }

    /** Where the data lives, in the user's language. */
    public String description() {
        return describe(location);
    }

    static String describe(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Embedded embedded -> I18n.text("store.embedded", embedded.folder().toAbsolutePath());
            case StoreLocation.Remote remote ->
                    I18n.text("store.remote", remote.uri(), remote.user() == null ? "-" : remote.user());
        };
    }

    private void refuse(String user, String agency, String reason) {
        audit.append(new AuditEvent(Instant.now(), new Actor(user, agency, "", ""), Operation.SIGN_IN, "signIn", reason,
                AuditedIds.none(), Outcome.REFUSED));
    }

    private static PasswordHash unknownUserHash() {
        if (unknownUser == null) {
            unknownUser = PasswordHash.of("no account has this password".toCharArray());
        }
        return unknownUser;
    }

    /**
     * The store holds data but its audit log was empty: the log was deleted or replaced. That
     * cannot be undone, but it must not pass unnoticed: it becomes the first entry of the new log.
     */
    private static void recordMissingLog(AuditSink audit, StoreLocation location, Path folder) {
        if (location instanceof StoreLocation.Embedded) {
            LOG.warn("the store at {} holds data but its audit log {} was empty or missing", location,
                    WorkspaceSettings.auditFile(folder));
        } else {
            // a new client folder at a server that holds data: every analyst's first start, not a warning
            LOG.info("the audit log {} starts beside a server that holds data ({})", WorkspaceSettings.auditFile(folder),
                    location);
        }
        audit.append(new AuditEvent(Instant.now(), org.netzbild.store.AuditedGraphStore.actorOf(UPKEEP),
                Operation.CHANGE, "auditLogMissing", "the store already held data when this audit log was started",
                AuditedIds.none(), Outcome.DONE));
    }

    /**
     * Municipalities and the cooperation's agencies, from the shipped data and the workspace's
     * {@code reference} folder, written when one of them is missing from the store.
     */
    static void loadReferenceDataOnce(StoreConnection connection, GraphStore store, Path folder) {
        ReferenceData reference = ReferenceData.load(folder.resolve("reference"));
        var batch = reference.asBatch();
        List<String> ids = batch.entities().stream().map(Entity::id).toList();
        // whether they are there, not what they say: no record is read at an open (nor logged as
        // read in the user's name), and the question compiles in a fraction of a read's time
        if (!connection.holdsEntities(ids)) {
            store.write(batch, WriteMode.UPSERT);
        }
    }

    /** Closes the store and the log unless a workspace took them over. */
    @Override
    public void close() {
        if (handedOver) {
            return;
        }
        try {
            connection.close();
        } finally {
            audit.close();
        }
    }

    /** Proof of a successful sign-in, which only {@link #signIn} makes. */
    public static final class SignedIn {

        private final Account account;

        private SignedIn(Account account) {
            this.account = account;
        }

        public String user() {
            return account.name();
        }

        public String agency() {
            return account.agency();
        }

        public Set<Role> roles() {
            return account.roles();
        }

        Account account() {
            return account;
        }
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
