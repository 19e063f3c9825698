package org.wenming.station;

/**
 * Tells every instance that what stations play may have changed, so each one rechecks the change polls it
 * holds: Redis pub/sub under the {@code redis} profile (the instances already share Redis for the cache
 * that the change just cleared), a direct call on the single embedded instance.
 */
interface StationChangeBus {

    void announce();

    void onAnnouncement(Runnable listener);
}
