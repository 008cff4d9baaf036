/**
 * Energy trade between Viet Nam and Laos: coal supply contracts priced from world benchmarks by a formula held as
 * data (index averages over a quotation period, calorific pro-rata, quality penalties, rejection limits,
 * Indonesia's HPB), the benchmark series analysts enter, shipments with their certificates of analysis, power
 * purchase agreements of Lao plants with EVN under Viet Nam's dated import price caps, and the border
 * infrastructure projects that carry the trade (decision 0052: one module).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference", "enterprise"})
package org.vietlao.linkage.energy;
