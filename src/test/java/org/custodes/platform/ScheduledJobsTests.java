package org.custodes.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.shared.CronLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduling is off in the integration tests, which call the jobs themselves, so what only ShedLock's proxy checks
 * at run time is checked here: every job is locked (else it runs on every node), and no locked method returns a
 * primitive (ShedLock then refuses every run: the membership jobs once returned int and never ran when scheduled),
 * and every cron job keeps its lock a while after its run (else a fast job ran twice for one firing on two nodes).
 */
class ScheduledJobsTests {

    static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.custodes");

    @Test
    void everyScheduledJobTakesTheClusterWideLock() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .check(APPLICATION);
    }

    @Test
    void noLockedJobReturnsAPrimitiveThatShedLockCouldNotLock() {
        var locked = APPLICATION.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(SchedulerLock.class)).toList();
        assertThat(locked).isNotEmpty().allSatisfy(method -> assertThat(method.getRawReturnType())
                .as(method.getFullName())
                .matches(type -> !type.isPrimitive() || type.getName().equals("void"), "void or an object"));
    }

    @Test
    void everyCronJobKeepsItsLockAfterItsRunSoThatALateNodeCannotRunTheSameFiring() {
        var cronJobs = APPLICATION.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.tryGetAnnotationOfType(Scheduled.class).filter(s -> !s.cron().isEmpty()).isPresent())
                .toList();
        assertThat(cronJobs).isNotEmpty().allSatisfy(method -> assertThat(
                method.getAnnotationOfType(SchedulerLock.class).lockAtLeastFor()).as(method.getFullName())
                .isEqualTo(CronLock.AT_LEAST_FOR));
    }
}
