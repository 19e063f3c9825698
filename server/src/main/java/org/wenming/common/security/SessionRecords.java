package org.wenming.common.security;

/**
 * The shared record of each console sign-in, which outlives neither its sign-out nor an "end this device" from
 * another session. Sessions themselves live in one instance's memory or in Redis; the record is in the
 * database, so a session ended on one instance is signed out on every other at its next request.
 */
public interface SessionRecords {

    /** The session attribute holding the record's id (random, never the session cookie's value). */
    String ATTRIBUTE = "wenming.signInSessionId";

    /**
     * True while the record with this id is open; notes that the session was seen (at most once a minute).
     * False for an ended, unknown or missing record: that session must end.
     */
    boolean confirm(String recordId);
}
