/**
 * Training with concrete outputs: courses (topic, audience, dates, sessions) run by organisers, trainees whose
 * personal data only the organisers and the trainee read, enrolment, attendance, assessment and completion, a
 * certificate in three languages with a verification code checked on a public page, the outputs each course
 * produced as typed references to what they are on the platform, the training needs organisations submit, and the
 * yearly figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "matching", "reference", "zone"})
package org.vietlao.linkage.training;
