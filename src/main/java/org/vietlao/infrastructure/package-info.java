/**
 * What every module runs on but no module owns: the embedded PostgreSQL and the clock, as Spring Boot
 * auto-configurations. Outside {@code org.vietlao.linkage} on purpose, so that it is no application module and a
 * module test ({@code @ApplicationModuleTest}), which keeps only the beans of the modules it starts, still gets
 * the database and the clock. Nothing here may depend on an application module.
 */
package org.vietlao.infrastructure;
