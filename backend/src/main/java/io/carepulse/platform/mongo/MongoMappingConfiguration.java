package io.carepulse.platform.mongo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Storage conventions. Calendar dates (campaign start and end) are stored as ISO strings
 * ({@code 2026-11-29}): they sort correctly and, unlike BSON dates, carry no time zone that a
 * server's default could shift by a day.
 */
@Configuration(proxyBeanMethods = false)
class MongoMappingConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new LocalDateWriter(), new LocalDateReader()));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @WritingConverter
    static final class LocalDateWriter implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class LocalDateReader implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }
}
