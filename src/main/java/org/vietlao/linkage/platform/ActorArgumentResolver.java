package org.vietlao.linkage.platform;

import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EnterpriseOwnership;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Role;

/**
 * Hands every controller method that declares an {@link Actor} parameter the signed-in person, resolved once
 * per request (kept in a request attribute): the account from the security context, with the enterprises
 * their organisation owns as the registry answers now (not as they were at sign-in, which for a page session
 * may be hours ago; reused for at most 2 s and forgotten at once when an owner changes, decision 0102). Nobody signed in: AUT-001. A handler open to everyone (the home page, the layout's inbox
 * badge) declares {@code Optional<Actor>} instead and gets empty for nobody.
 */
@Component
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    static final String ATTRIBUTE = Actor.class.getName();

    private final ObjectProvider<EnterpriseOwnership> ownership;

    /** The registry, looked up on first use: resolving it through the bean factory on every call cost a profile's 4 %. */
    private volatile Optional<EnterpriseOwnership> registry;

    private final VerifiedTokens remembered;

    ActorArgumentResolver(ObjectProvider<EnterpriseOwnership> ownership, VerifiedTokens remembered) {
        this.ownership = ownership;
        this.remembered = remembered;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType())
                || Optional.class.equals(parameter.getParameterType())
                        && Actor.class.equals(parameter.nested().getNestedParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Optional<Actor> actor = signedIn(request);
        if (Optional.class.equals(parameter.getParameterType())) {
            return actor;
        }
        return actor.orElseThrow(() -> new BusinessException(ErrorCode.AUT_001));
    }

    /** The signed-in person of this request, resolved on the first call and kept for the request's others. */
    Optional<Actor> signedIn(NativeWebRequest request) {
        Object known = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof Actor actor) {
            return Optional.of(actor);
        }
        Optional<Actor> actor = resolve();
        actor.ifPresent(found -> request.setAttribute(ATTRIBUTE, found, RequestAttributes.SCOPE_REQUEST));
        return actor;
    }

    private Optional<Actor> resolve() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof PlatformUser user)) {
            return Optional.empty();
        }
        Set<Long> enterprises = Set.of();
        if (user.organisationId() != null && user.roles().contains(Role.ENTERPRISE)) {
            Optional<EnterpriseOwnership> found = registry;
            if (found == null) {
                found = Optional.ofNullable(ownership.getIfAvailable());
                registry = found;
            }
            if (found.isPresent()) {
                EnterpriseOwnership owners = found.get();
                enterprises = remembered.enterprisesOwnedBy(user.organisationId(), owners::enterprisesOwnedBy);
            }
        }
        return Optional.of(user.actor(enterprises));
    }
}
