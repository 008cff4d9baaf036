package org.vietlao.linkage.enterprise;

/** A new enterprise joined the registry. Published after commit. */
public record EnterpriseRegistered(EnterpriseId id) {}
