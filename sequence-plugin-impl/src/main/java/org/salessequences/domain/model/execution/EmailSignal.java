package org.salessequences.domain.model.execution;

/** What can happen to a sent email, each recorded once on its step execution. */
public enum EmailSignal {
    OPENED("opened_at"), CLICKED("clicked_at"), REPLIED("replied_at"), BOUNCED("bounced_at"),
    UNSUBSCRIBED("unsubscribed_at");

    private final String column;

    EmailSignal(String column) {
        this.column = column;
    }

    /** The column that records it. */
    public String column() {
        return column;
    }
}
