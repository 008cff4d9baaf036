package org.vietlao.linkage.trade;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(TradeSettings.class)
class TradeConfiguration {}
