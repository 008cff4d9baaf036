package org.vietlao.linkage.enterprise;

/** An enterprise's profile, offers, needs, certifications or verification changed. */
public record EnterpriseProfileChanged(EnterpriseId id) {}
