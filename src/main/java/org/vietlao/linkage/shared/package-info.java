/**
 * Value types, the error-code catalogue and the change event every module shares; depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.vietlao.linkage.shared;
