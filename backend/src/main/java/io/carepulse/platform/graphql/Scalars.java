package io.carepulse.platform.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The custom scalars of {@code common.graphqls}, taken from graphql-java-extended-scalars. */
final class Scalars {

    /**
     * Documents store {@link Instant}s; the extended DateTime scalar only serialises offset
     * date-times, so instants are presented in UTC.
     */
    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar(ExtendedScalars.DateTime)
            .coercing(new InstantAwareCoercing(ExtendedScalars.DateTime.getCoercing()))
            .build();

    static final List<GraphQLScalarType> ALL = List.of(DATE_TIME, ExtendedScalars.Date,
            GraphQLScalarType.newScalar(ExtendedScalars.Url).name("URL").build(),
            ExtendedScalars.NonNegativeInt, ExtendedScalars.PositiveInt, ExtendedScalars.CountryCode,
            ExtendedScalars.Locale, ExtendedScalars.Currency, ExtendedScalars.GraphQLBigDecimal);

    private Scalars() {
    }

    private static final class InstantAwareCoercing implements Coercing<Object, Object> {

        private final Coercing<Object, Object> delegate;

        @SuppressWarnings("unchecked")
        InstantAwareCoercing(Coercing<?, ?> delegate) {
            this.delegate = (Coercing<Object, Object>) delegate;
        }

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            Object adapted = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
            return delegate.serialize(adapted, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            return toInstant(delegate.parseValue(input, context, locale));
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            return toInstant(delegate.parseLiteral(input, variables, context, locale));
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            Object adapted = input instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : input;
            return delegate.valueToLiteral(adapted, context, locale);
        }

        private static Object toInstant(Object parsed) {
            return parsed instanceof OffsetDateTime odt ? odt.toInstant() : parsed;
        }
    }
}
