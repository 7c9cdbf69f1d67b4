# CarePulse — `make run` starts the whole product on its embedded defaults; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Java 21+ is required. Use the default java when it is new enough, else the Temurin 25 of our machines.
JAVA_MAJOR := $(shell java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
ifeq ($(shell [ "$(JAVA_MAJOR)" -ge 21 ] 2>/dev/null && echo yes),yes)
  JAVA_HOME ?= $(shell dirname $$(dirname $$(readlink -f $$(command -v java))))
else
  JAVA_HOME := /usr/lib/jvm/temurin-25-jdk-amd64
endif
export JAVA_HOME
JAVA := $(JAVA_HOME)/bin/java
MVN := mvn -B -ntp

PORT ?= 8080
# Metrics and detailed health (loopback only); the public port answers the health status alone.
MANAGEMENT_PORT ?= 8091
IDP_PORT ?= 9000
# The development MongoDB (backend/dev-mongo), loopback only.
DEV_MONGO_PORT ?= 27027
SPA_PORT ?= 5173
ORG ?= riverside-health
ROLES ?= ADMIN

BACKEND_JAR := backend/target/carepulse-backend.jar
IDP_JAR := backend/dev-idp/target/carepulse-dev-idp.jar
DEV_MONGO_JAR := backend/dev-mongo/target/carepulse-dev-mongo-exec.jar
BACKEND_SOURCES := backend/pom.xml $(shell find backend/src schema -type f 2>/dev/null)
IDP_SOURCES := backend/dev-idp/pom.xml $(shell find backend/dev-idp/src -type f 2>/dev/null)
DEV_MONGO_SOURCES := backend/dev-mongo/pom.xml $(shell find backend/dev-mongo/src -type f 2>/dev/null)
FRONTEND_DEPS := frontend/node_modules/.package-lock.json
# make run starts the jars extracted (Spring Boot's jarmode tools): the JVM reads classes from plain
# jars, not from jars nested in a jar, and the backend starts in about 30% less CPU time.
BACKEND_RUN_JAR := backend/target/run/carepulse-backend.jar
IDP_RUN_JAR := backend/dev-idp/target/run/carepulse-dev-idp.jar
# Each keeps the classes it loaded in a class-data-sharing archive beside its extracted jar, written
# when it stops and mapped on the next start (JDK 19+; the JVM checks the archive against the JDK and
# the class path and writes it again when they changed; a rebuild extracts afresh, without one). The
# backend's start on a second `make run`: about 13.5 s -> 10.5 s, the IdP's 9 s -> 6 s.
RUN_CDS = -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$(dir $(1))classes.jsa
# And they compile with the JIT's quick tier only (as Spring Boot's own `spring-boot:run` long did):
# on two cores the optimising compiler's start-up work competed with four processes starting at
# once; healthy in about 15 s instead of 22 s here. Peak speed is lower, which a demo and a
# developer do not feel; benchmarks and the production image run their own JVMs, not these
# (`make run RUN_JVM=` for the full JIT).
RUN_JVM ?= -XX:TieredStopAtLevel=1
# The SPA's generated GraphQL types, made again only when the schema or an operation changed.
FRONTEND_CODEGEN := frontend/src/generated/graphql.ts

.PHONY: help run test test-backend test-idp test-frontend test-e2e check-compose token bench bench-liveqa bench-liveqa-summary bench-feedback bench-analytics lighthouse clean

help:
	@echo "make run     - dev IdP + development MongoDB + backend (demo data) + SPA; Ctrl-C stops all"
	@echo "make test    - backend, dev IdP, frontend unit and end-to-end tests, compose check"
	@echo "make token ORG=riverside-health ROLES=ADMIN - print a JWT the running backend accepts"
	@echo "make bench   - campaigns query, traffic under attack, the development MongoDB's ageing, the inbox, analytics, live Q&A summary"
	@echo "make bench-feedback - 100,000 messages through ingestFeedback; feedbackThemes and feedbackSummary at 100,000 and 1,000,000"
	@echo "make bench-analytics - items through recordEngagement; the analytics home's queries at 100,000 and 5,000,000 items"
	@echo "make bench-liveqa - live Q&A audience feed fan-out benchmark (1,000 / 5,000 / 10,000 subscribers)"
	@echo "make bench-liveqa-summary - liveQaSummary over 90 days to two years, 1,040 sessions of 100 and 1,000 questions"
	@echo "make lighthouse - Lighthouse, median of 3: signed-in home and analytics (desktop), live audience page (mobile)"
	@echo "make clean   - remove build outputs (keeps data/)"

# The development MongoDB: its runnable jar, and its plain jar in the local Maven repository, where
# the backend's tests (which start it in their JVM) find it. Never part of the backend's jar.
$(DEV_MONGO_JAR): $(DEV_MONGO_SOURCES)
	cd backend/dev-mongo && $(MVN) -q install -DskipTests
	@touch $@

$(BACKEND_JAR): $(BACKEND_SOURCES) $(DEV_MONGO_JAR)
	cd backend && $(MVN) -q package -DskipTests
	@touch $@

$(IDP_JAR): $(IDP_SOURCES)
	cd backend/dev-idp && $(MVN) -q package -DskipTests
	@touch $@

$(BACKEND_RUN_JAR): $(BACKEND_JAR)
$(IDP_RUN_JAR): $(IDP_JAR)
$(BACKEND_RUN_JAR) $(IDP_RUN_JAR):
	rm -rf $(dir $@) && $(JAVA) -Djarmode=tools -jar $< extract --destination $(dir $@) > /dev/null
	@touch $@

$(FRONTEND_DEPS): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

$(FRONTEND_CODEGEN): $(FRONTEND_DEPS) frontend/codegen.ts $(wildcard schema/*.graphqls) $(shell find frontend/src -name '*.graphql' 2>/dev/null)
	cd frontend && npm run codegen > /dev/null
	@touch $@

run: $(BACKEND_RUN_JAR) $(IDP_RUN_JAR) $(DEV_MONGO_JAR) $(FRONTEND_CODEGEN)
	@mkdir -p data
	@# On Ctrl-C the backend stops first, with its database still there to take its last writes
	@# (lease released, stream position saved); then everything else, this shell included, whose
	@# traps are reset first (else its own `kill 0` would call them again, until bash crashed).
	@trap 'trap - INT TERM EXIT; [ -z "$$api" ] || { kill $$api 2>/dev/null; wait $$api; }; kill 0' INT TERM EXIT; \
	IDP_PORT=$(IDP_PORT) SPA_URL=http://localhost:$(SPA_PORT) IDP_DATA_DIR=data/idp \
	  $(JAVA) $(RUN_JVM) $(call RUN_CDS,$(IDP_RUN_JAR)) -jar $(IDP_RUN_JAR) > data/idp.log 2>&1 & \
	$(JAVA) -jar $(DEV_MONGO_JAR) data/mongo.mv $(DEV_MONGO_PORT) > data/mongo.log 2>&1 & \
	MONGODB_URI=mongodb://127.0.0.1:$(DEV_MONGO_PORT)/carepulse \
	PORT=$(PORT) MANAGEMENT_PORT=$(MANAGEMENT_PORT) OIDC_ISSUER_URI=http://localhost:$(IDP_PORT) \
	  CORS_ALLOWED_ORIGINS=http://localhost:$(SPA_PORT) PUBLIC_URL=http://localhost:$(SPA_PORT) \
	  $(JAVA) $(RUN_JVM) $(call RUN_CDS,$(BACKEND_RUN_JAR)) -jar $(BACKEND_RUN_JAR) > data/backend.log 2>&1 & api=$$!; \
	(cd frontend && SPA_PORT=$(SPA_PORT) API_URL=http://localhost:$(PORT) \
	  OIDC_ISSUER_URI=http://localhost:$(IDP_PORT) node_modules/.bin/vite --strictPort > ../data/spa.log 2>&1) & \
	echo "Starting… (logs in data/*.log)"; \
	for url in http://localhost:$(IDP_PORT)/.well-known/openid-configuration http://localhost:$(MANAGEMENT_PORT)/actuator/health \
	           http://localhost:$(SPA_PORT)/; do \
	  for i in $$(seq 1 600); do curl -sf -o /dev/null $$url && break; sleep 0.2; done; \
	done; \
	grep -h "listening on" data/mongo.log | sed 's/.* - //' || true; \
	echo ""; \
	echo "  Admin SPA       http://localhost:$(SPA_PORT)"; \
	echo "  GraphQL API     http://localhost:$(PORT)/graphql  (GraphiQL at /graphiql)"; \
	echo "  Health, metrics http://localhost:$(MANAGEMENT_PORT)/actuator/health, /actuator/prometheus (loopback only)"; \
	echo "  Dev IdP         http://localhost:$(IDP_PORT)"; \
	echo "  Demo logins     marketer@riverside.example, analyst@riverside.example, admin@riverside.example,"; \
	echo "                  reviewer@, compliance@, moderator@ … and the same at lakeside.example; password: demo"; \
	echo "  Dashboard client secrets: grep 'Dev dashboard client' data/idp.log"; \
	echo "  Ctrl-C stops everything."; \
	wait

test: test-backend test-idp test-frontend test-e2e check-compose

test-backend: $(DEV_MONGO_JAR)
	cd backend && $(MVN) verify

test-idp:
	cd backend/dev-idp && $(MVN) verify

test-frontend: $(FRONTEND_DEPS)
	cd frontend && npm run typecheck && npm run lint && npm test

test-e2e: $(BACKEND_JAR) $(IDP_JAR) $(DEV_MONGO_JAR) $(FRONTEND_DEPS)
	cd frontend && CI=true npm run e2e

check-compose:
	@command -v docker-compose >/dev/null || { echo "docker-compose is not installed (apt-get install -y docker-compose)"; exit 1; }
	OIDC_ISSUER_URI=https://idp.example.org OIDC_AUDIENCE=carepulse-api PARTICIPANT_TOKEN_SECRET=set-at-deploy-time FIELD_ENCRYPTION_MASTER_KEY=set-at-deploy-time BLIND_INDEX_KEY=set-at-deploy-time \
	  docker-compose -f docker-compose.yml config -q
	@echo "docker-compose.yml is valid"

token:
	@curl -sf -X POST http://localhost:$(IDP_PORT)/dev/token -d org=$(ORG) -d roles=$(ROLES) \
	  || { echo "The dev IdP does not answer on port $(IDP_PORT): start it with 'make run'" >&2; exit 1; }
	@echo

bench: $(BACKEND_JAR) $(IDP_JAR) $(DEV_MONGO_JAR)
	backend/bench/bench.sh
	backend/bench/bench-attack.sh
	backend/bench/bench-ageing.sh
	$(MAKE) bench-feedback
	$(MAKE) bench-analytics
	$(MAKE) bench-liveqa-summary

# The inbox: 100,000 messages through ingestFeedback, and feedbackThemes at 100,000 and 1,000,000
# messages (backend/src/test/java/io/carepulse/feedback/FeedbackBenchmark.java, tagged "bench").
bench-feedback: $(DEV_MONGO_JAR)
	cd backend && $(MVN) -q test -Dtest=FeedbackBenchmark -Dcarepulse.test.excluded-groups=none \
	  -Dcarepulse.test.mongo=embedded -Dsurefire.failIfNoSpecifiedTests=false
	@cat "$$(ls -t backend/bench/results/feedback-*.txt | head -1)"

# Engagement analytics: items through recordEngagement (in memory, then on an H2 file with durable
# commits), and the analytics home's queries at 100,000 and 5,000,000 items
# (backend/src/test/java/io/carepulse/analytics/AnalyticsBenchmark.java, tagged "bench"), the
# development MongoDB in a process of its own (backend/bench/bench-analytics.sh).
bench-analytics: $(DEV_MONGO_JAR)
	MVN="$(MVN)" backend/bench/bench-analytics.sh

# liveQaSummary over 90 days, a year and two years, 1,040 sessions with 100 and then 1,000 questions
# each (backend/src/test/java/io/carepulse/liveqa/summary/LiveQaSummaryBenchmark.java, tagged "bench").
bench-liveqa-summary: $(DEV_MONGO_JAR)
	cd backend && $(MVN) -q test -Dtest=LiveQaSummaryBenchmark -Dcarepulse.test.excluded-groups=none \
	  -Dcarepulse.test.mongo=embedded -Dsurefire.failIfNoSpecifiedTests=false
	@cat "$$(ls -t backend/bench/results/liveqa-summary-*.txt | head -1)"

bench-liveqa: $(BACKEND_JAR) $(IDP_JAR) $(DEV_MONGO_JAR)
	backend/bench/bench-liveqa.sh

# The end-to-end stack (ports of `make test-e2e`) with Lighthouse, which installs itself into
# frontend/lighthouse/ on first use: not part of `make test`, and not in the SPA's own npm ci.
lighthouse: $(BACKEND_JAR) $(IDP_JAR) $(DEV_MONGO_JAR) $(FRONTEND_DEPS)
	cd frontend && npm run lighthouse

clean:
	cd backend && $(MVN) -q clean
	cd backend/dev-idp && $(MVN) -q clean
	cd backend/dev-mongo && $(MVN) -q clean
	rm -rf frontend/dist frontend/src/generated frontend/test-results frontend/playwright-report
