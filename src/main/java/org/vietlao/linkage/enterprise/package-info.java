/**
 * The registry of Vietnamese and Lao enterprises: who they are, what they offer and need by HS code, their
 * capacities, certifications and verification.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference"})
package org.vietlao.linkage.enterprise;
