package io.carepulse.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Java reasons of user errors and the GraphQL enum, with each domain's extensions, name the same values. */
class ErrorCodesTest {

    @Test
    void everyJavaErrorCodeIsAValueOfTheSchemasUserErrorCodeAndEveryValueHasOne() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("../schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        Set<String> inSchema = new TreeSet<>();
        registry.getType("UserErrorCode", EnumTypeDefinition.class).orElseThrow().getEnumValueDefinitions()
                .forEach(value -> inSchema.add(value.getName()));
        registry.enumTypeExtensions().getOrDefault("UserErrorCode", java.util.List.of())
                .forEach(extension -> extension.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                        .forEach(inSchema::add));

        Set<String> inJava = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.carepulse")) {
            if (type.isEnum() && type.isAssignableTo(ErrorCode.class)) {
                Arrays.stream(type.reflect().getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                        .forEach(inJava::add);
            }
        }

        assertThat(inJava).contains("REQUIRED", "PHI_SUSPECTED").isEqualTo(inSchema);
    }
}
