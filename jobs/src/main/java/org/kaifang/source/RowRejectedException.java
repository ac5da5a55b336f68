package org.kaifang.source;

/** A source row that fails validation; the row is skipped and written to the rejects. */
public class RowRejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public RowRejectedException(Rejection rejection) {
        super(rejection.toString(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
