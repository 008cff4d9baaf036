package org.vietlao.linkage.shared;

import jakarta.validation.Validator;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Bean validation of a request body called by the handler itself, after it has decided that the caller may act
 * on the target (decision 0009: 403/404 before 400/422). Refuses with the same answer as {@code @Valid} would
 * give, because the platform's API advice answers every {@link BindException} alike.
 */
public final class RequestValidation {

    private final SpringValidatorAdapter validator;

    public RequestValidation(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * Throws {@link BindException} with every constraint the body breaks; the platform answers it exactly as it
     * answers {@code @Valid}: 400 {@code PLT-003} listing each field, or 422 {@code PLT-013} when every
     * complaint is a text over its limit.
     */
    public void check(Object body) throws BindException {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(body, "body");
        validator.validate(body, result);
        if (result.hasErrors()) {
            throw new BindException(result);
        }
    }
}
