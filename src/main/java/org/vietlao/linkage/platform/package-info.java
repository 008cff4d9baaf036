/**
 * Security, locale and language switch, problem details, audit log, layout and the home page (which shows the
 * figures every module contributes through {@code shared.HomeFigures}). It resolves the
 * {@link org.vietlao.linkage.shared.Actor} of each request for every module's controllers. The embedded
 * PostgreSQL and the clock are auto-configurations in {@code org.vietlao.infrastructure}, outside every module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.vietlao.linkage.platform;
