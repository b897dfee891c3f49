package org.borderledger.screening;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.borderledger.screening.api.PublishScreeningListCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The register takes no publication after one it cannot read back: the versions after it could not be
 * folded, so the new one would never come into force. Checked on the command bus, before the register
 * is loaded: loading it from its snapshot may not meet that event at all, or fail on it with a less
 * specific refusal.
 */
@Component
class UnreadablePublicationGuard implements ConfigurerModule, MessageHandlerInterceptor<CommandMessage<?>> {

    /** Looked up when a command comes: a module's constructor may not need Axon's beans, which are built from the modules. */
    private final ObjectProvider<ScreeningListVersions> versions;

    UnreadablePublicationGuard(ObjectProvider<ScreeningListVersions> versions) {
        this.versions = versions;
    }

    /** After the module that registers the bus's role check (order 0): interceptors run in the order registered. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public void configureModule(Configurer configurer) {
        // in the phase of the bus's role check, before the shipped lists are published at start
        configurer.onInitialize(config -> config.onStart(Phase.INBOUND_COMMAND_CONNECTOR - 1,
                () -> config.commandBus().registerHandlerInterceptor(this)));
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof PublishScreeningListCommand) {
            ScreeningListVersions lists = versions.getObject();
            lists.refresh();
            lists.unreadable().ifPresent(event -> {
                throw new ScreeningListsUnreadableException(event);
            });
        }
        return chain.proceed();
    }
}
