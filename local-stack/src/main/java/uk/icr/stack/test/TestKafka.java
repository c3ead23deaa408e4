package uk.icr.stack.test;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import uk.icr.stack.kafka.KafkaBroker;

/**
 * Outage drills against the shared test broker: {@link #stop()} takes it down (its data is kept) and
 * {@link #restart()} brings it back on the same address. Tests that stop it must restart it.
 *
 * <p>The broker was started by the test resource, possibly in another class loader than the test's, so
 * it is reached through the platform MBean server, which every class loader of the JVM shares.
 */
public final class TestKafka {

    private static final String NAME = "uk.icr.stack:type=TestKafka";

    private TestKafka() {
    }

    /** What the MBean server exposes. */
    public interface Control {
        void stop();

        void restart();
    }

    static void register(KafkaBroker broker) {
        Control control = new Control() {
            @Override
            public void stop() {
                broker.stop();
            }

            @Override
            public void restart() {
                broker.restart();
            }
        };
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .registerMBean(new StandardMBean(control, Control.class), new ObjectName(NAME));
        } catch (JMException e) {
            throw new IllegalStateException("Could not register the test broker's controls", e);
        }
    }

    public static void stop() {
        invoke("stop");
    }

    public static void restart() {
        invoke("restart");
    }

    private static void invoke(String operation) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            server.invoke(new ObjectName(NAME), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("No shared test broker to " + operation
                    + ": declare the IcrTestStack test resource", e);
        }
    }
}
