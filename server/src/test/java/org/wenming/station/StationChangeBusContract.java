package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every change bus does: an announcement on one instance reaches the listeners of every instance. */
abstract class StationChangeBusContract {

    /** Two instances' buses over the same shared medium (the same bus where there is only one instance). */
    abstract StationChangeBus[] twoInstances();

    @Test
    void anAnnouncementReachesTheListenersOfEveryInstance() throws Exception {
        StationChangeBus[] buses = twoInstances();
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        buses[0].onAnnouncement(first::countDown);
        buses[1].onAnnouncement(second::countDown);

        // A subscription may take a moment to be in place: announce until heard, as a change would be again.
        for (int attempt = 0; attempt < 100 && second.getCount() > 0; attempt++) {
            buses[0].announce();
            second.await(100, TimeUnit.MILLISECONDS);
        }

        assertThat(second.getCount()).isZero();
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
