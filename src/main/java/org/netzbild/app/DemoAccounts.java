package org.netzbild.app;

import java.util.List;
import java.util.Set;
import org.netzbild.audit.Actor;
import org.netzbild.security.Account;
import org.netzbild.security.Role;

/**
 * The accounts of the demo workspace, one per role and a few agencies, all with the documented
 * demo password {@value #PASSWORD} (user guide, chapter "Anmelden und Zweck"). A demo workspace
 * holds nothing but fictional data; a real workspace never gets these accounts.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "netzbild-demo";

    /** Name, agency id, role. */
    public record DemoAccount(String name, String agency, Role role) {
    }

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("analyst.essen", "pp-essen", Role.ANALYST),
            new DemoAccount("ermittler.essen", "pp-essen", Role.EDITOR),
            new DemoAccount("zoll.duisburg", "hza-duisburg", Role.EDITOR),
            new DemoAccount("gewerbe.essen", "gwa-essen", Role.EDITOR),
            new DemoAccount("datenschutz", "pp-essen", Role.DATA_PROTECTION),
            new DemoAccount("admin", "pp-essen", Role.ADMIN));

    private DemoAccounts() {
    }

    static void create(WorkspaceGate gate) {
        var accounts = gate.accounts(Actor.program("demo workspace: demo accounts"));
        var reference = gate.referenceData();
        for (DemoAccount demo : ALL) {
            Account account = Accounts.newAccount(demo.name(), demo.agency(), Set.of(demo.role()),
                    PASSWORD.toCharArray(), reference);
            accounts.create(account, PASSWORD.toCharArray());
        }
    }
}
