package io.aftercare.installer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate type a job may require (DOMAIN.md: electrical work, welding, work at height). */
@Schema(name = "Qualification", description = "ELECTRICIAN (电工证), WELDING (操作证), HEIGHT (work at height), OTHER.")
public enum Qualification { ELECTRICIAN, WELDING, HEIGHT, OTHER }
