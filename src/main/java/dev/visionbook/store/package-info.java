/**
 * Uploaded files: metadata in SQLite, contents on disk, resumable upload sessions, quotas and
 * expiry. An upload becomes visible only after its bytes are fsynced, renamed into place and
 * recorded in one transaction. Depends on nothing else of visionbook (not on server, engine or
 * media: content checks come in through {@link dev.visionbook.store.ContentInspector}).
 */
package dev.visionbook.store;
