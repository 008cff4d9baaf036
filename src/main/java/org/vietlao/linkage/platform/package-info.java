/**
 * Security, locale and language switch, problem details, audit log, layout and the home page (which shows the
 * figures every module contributes through {@code shared.HomeFigures}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.vietlao.linkage.platform;
