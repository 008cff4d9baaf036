/**
 * The obstacles desk (ASEAN ASSIST and EU SOLVIT for Viet Nam and Laos): cases filed by enterprises, associations
 * and provinces, routed to the competent body through both countries' contact points, answered against deadlines in
 * working days with a traffic light per case and per body, compiled for the ministries; and the local-currency KPI
 * read from every module that records money.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference"})
package org.vietlao.linkage.casework;
