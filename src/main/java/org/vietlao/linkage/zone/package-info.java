/**
 * Industrial parks and economic zones of both countries, among them the joint Vietnam–Laos park: where they are
 * (province by date, nearest border-gate pair, point and boundary), their land and tenants from the registry
 * (occupancy computed from the leases), and the incentive regimes of both countries as dated, sourced terms;
 * with the side-by-side comparison of two parks, the investor's tax calculator and the map data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "enterprise", "reference"})
package org.vietlao.linkage.zone;
