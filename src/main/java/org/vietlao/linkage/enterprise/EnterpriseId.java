package org.vietlao.linkage.enterprise;

/** Identifies an enterprise of the registry. */
public record EnterpriseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
