/**
 * The Vietnam–Laos Expo: events with halls, meeting days, slots and tables; free booths applied for by enterprises
 * and approved by the organisers under per-province quotas and per-hall capacities; B2B meeting requests between
 * participants that the matching module suggests; the meeting schedule (exact where a bound proves it, honest about
 * the gap where it does not); and the agreements signed at the fair, which become linkages in matching.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "enterprise", "matching", "reference", "pilot"})
package org.vietlao.linkage.expo;
