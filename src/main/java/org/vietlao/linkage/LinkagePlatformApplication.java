package org.vietlao.linkage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Viet–Lao Linkage Platform: a modular monolith with one package per business capability.
 */
@SpringBootApplication
public class LinkagePlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinkagePlatformApplication.class, args);
    }
}
