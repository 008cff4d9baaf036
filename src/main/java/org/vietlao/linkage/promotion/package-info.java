/**
 * Trade promotion: each country's branded products with their OCOP or ODOP rating, the distribution channels that
 * sell them in the other country and the listings that put them there, where a product could sell next, and the
 * yearly promotion programmes with their activities and results.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "enterprise", "matching", "reference", "expo"})
package org.vietlao.linkage.promotion;
