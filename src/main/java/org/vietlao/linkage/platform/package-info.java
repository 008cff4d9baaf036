/**
 * Security, locale and language switch, problem details, audit log, layout and the home page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.vietlao.linkage.platform;
