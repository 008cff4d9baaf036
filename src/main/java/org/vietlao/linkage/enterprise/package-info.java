/**
 * The registry of Vietnamese and Lao enterprises: who they are, what they offer and need by HS code, their
 * capacities, certifications and verification. Other modules read it through {@link EnterpriseDirectory}
 * (which also answers the platform, through {@code shared.EnterpriseOwnership}, which enterprises an
 * organisation owns) and hear of changes through its events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference"})
package org.vietlao.linkage.enterprise;
