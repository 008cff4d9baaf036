package org.vietlao.linkage.training;

import org.vietlao.linkage.shared.Actor;

/** Who may act on training: organisers (ANALYST, ADMIN) run courses; a trainee reads their own record. */
final class TrainingAccess {

    private TrainingAccess() {}

    /** Analysts (the training organisers) and administrators run courses and read every trainee's data. */
    static boolean organiser(Actor actor) {
        return actor.isAnalyst() || actor.isAdministrator();
    }

    /** The signed-in account linked to the trainee record (decision 0063). */
    static boolean isTrainee(Actor actor, String traineeUsername) {
        return traineeUsername != null && traineeUsername.equals(actor.username());
    }

    /** Personal data of a trainee: organisers and the trainee themself. */
    static boolean readsPersonalData(Actor actor, String traineeUsername) {
        return organiser(actor) || isTrainee(actor, traineeUsername);
    }
}
