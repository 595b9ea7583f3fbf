package org.carecoord.intake;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/** Runs the engine at {@link WalkInHistoryLevel} in place of FULL ({@code camunda.bpm.history-level: full}). */
@Component
class WalkInPrivacyPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!HistoryLevel.HISTORY_LEVEL_FULL.getName().equalsIgnoreCase(configuration.getHistory())) {
            return;
        }
        var level = new WalkInHistoryLevel();
        var custom = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<HistoryLevel>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(level);
        configuration.setCustomHistoryLevels(custom);
        configuration.setHistoryLevel(level);
    }
}
