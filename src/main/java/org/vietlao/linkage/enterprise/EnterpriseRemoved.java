package org.vietlao.linkage.enterprise;

/** An enterprise left the registry. */
public record EnterpriseRemoved(EnterpriseId id) {}
