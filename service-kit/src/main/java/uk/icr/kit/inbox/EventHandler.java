package uk.icr.kit.inbox;

/**
 * What a service implements to consume a topic: a CDI bean per topic it reads. The kit's
 * {@link InboxConsumers} calls {@link #handle} inside a transaction that also records the event in the
 * inbox, so the effect happens once however often the event is delivered.
 */
public interface EventHandler {

    /** The topic to read, e.g. {@code icr.assessments.v1}. */
    String topic();

    /** Applies the event's effect; throw to have it retried, then dead-lettered. */
    void handle(IncomingEvent event) throws Exception;
}
