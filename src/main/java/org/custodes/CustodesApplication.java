package org.custodes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Custodes: supervision of private security companies against the International Code of Conduct. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class CustodesApplication {

    public static void main(String[] args) {
        SpringApplication.run(CustodesApplication.class, args);
    }
}
