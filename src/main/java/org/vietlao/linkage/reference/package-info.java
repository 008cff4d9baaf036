/**
 * Reference data: HS nomenclature with concordance, countries, currencies, provinces with effective dates,
 * border-gate pairs and exchange rates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.vietlao.linkage.reference;
