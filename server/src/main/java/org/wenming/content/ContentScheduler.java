package org.wenming.content;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.wenming.common.config.WenmingProperties;

/** Runs scheduled publishing and expiry every {@code wenming.workflow.scheduler-interval}. */
@Configuration
class ContentScheduler implements SchedulingConfigurer {

    private final ContentWorkflow workflow;
    private final WenmingProperties properties;

    public ContentScheduler(ContentWorkflow workflow, WenmingProperties properties) {
        this.workflow = workflow;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                workflow::runDueTransitions, properties.workflow().schedulerInterval());
    }
}
