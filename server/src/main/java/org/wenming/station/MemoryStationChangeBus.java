package org.wenming.station;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The change bus of one instance: announcing calls the listeners at once. */
class MemoryStationChangeBus implements StationChangeBus {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void announce() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public void onAnnouncement(Runnable listener) {
        listeners.add(listener);
    }
}
