package org.vietlao.linkage.shared;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Bean validation of a request body called by the handler itself, after it has decided that the caller may act
 * on the target (decision 0009: 403/404 before 400/422). Refuses with the same answer as {@code @Valid} would
 * give: 400 {@code PLT-003} with each field and the constraint's message key ({@code validation.Size}...).
 */
public final class RequestValidation {

    private final SpringValidatorAdapter validator;

    public RequestValidation(Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** Throws {@link BusinessException} {@code PLT-003} listing every constraint the body breaks. */
    public void check(Object body) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(body, "body");
        validator.validate(body, result);
        if (!result.hasErrors()) {
            return;
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(error -> errors.add(new BusinessException.FieldError(
                        error.getField(), "validation." + error.getCode(), attributes(error.getArguments()))));
        result.getGlobalErrors()
                .forEach(error -> errors.add(new BusinessException.FieldError(
                        error.getObjectName(), "validation." + error.getCode(), attributes(error.getArguments()))));
        throw new BusinessException(ErrorCode.PLT_003, errors);
    }

    /** The constraint's attributes without the first argument, which is the field's own resolvable name. */
    private static Object[] attributes(Object[] arguments) {
        if (arguments == null || arguments.length <= 1) {
            return new Object[0];
        }
        Object[] rest = new Object[arguments.length - 1];
        System.arraycopy(arguments, 1, rest, 0, rest.length);
        return rest;
    }
}
