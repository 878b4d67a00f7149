/**
 * A workspace in one file and back: {@link BackupFile} (header, zip of the workspace's files),
 * optionally sealed by {@link SealedOutputStream} (AES-256-GCM in segments, the key derived from a
 * password with Argon2id by {@link BackupKey}; ADR 0035). Knows files and bytes only: which files a
 * workspace holds, and when the store may be copied, is the use case's ({@code app.Backups}).
 */
package org.netzbild.backup;
