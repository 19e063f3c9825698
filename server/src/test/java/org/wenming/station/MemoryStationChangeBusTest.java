package org.wenming.station;

/** The change bus contract on the single embedded instance. */
class MemoryStationChangeBusTest extends StationChangeBusContract {

    @Override
    StationChangeBus[] twoInstances() {
        MemoryStationChangeBus bus = new MemoryStationChangeBus();
        return new StationChangeBus[] {bus, bus};
    }
}
