package org.salessequences.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Every resource of the REST API lives under {@code /api/v1}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Sales Sequences", version = "1",
        description = "Automated sales sequences for host CRMs."),
        security = @SecurityRequirement(name = "hostToken"))
@SecurityScheme(securitySchemeName = "hostToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class ApiApplication extends Application {
}
