package org.csta4j.examples.springclicktodial;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Click to dial as a web application: the starter connects the session, the controller uses it. */
@SpringBootApplication
public class SpringClickToDial {
  public static void main(String[] args) {
    SpringApplication.run(SpringClickToDial.class, args);
  }
}
