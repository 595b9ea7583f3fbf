package org.carecoord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CareCoordApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareCoordApplication.class, args);
    }
}
