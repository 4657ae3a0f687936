package dev.carriercontracts.mock.junit5;

import dev.carriercontracts.client.cnexpress.api.CnExpressApi;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.junit5.support.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A parameter or setting the extension cannot honour fails the test with a message that says what to change. */
class UnresolvableParametersTest {

    @Test
    void base_url_on_a_type_other_than_string_or_uri() {
        assertThat(failure(BaseUrlOnAnInt.class)).isEqualTo("ParameterResolutionException: Cannot inject parameter 'port' (int)"
                + " of BaseUrlOnAnInt.test(...): @BaseUrl goes on a String or URI parameter, not int");
    }

    @Test
    void credential_naming_an_account_the_config_does_not_have() {
        assertThat(failure(UnknownAccount.class)).isEqualTo("ParameterResolutionException: Cannot inject parameter 'carol'"
                + " (MockCredential) of UnknownAccount.test(...): the mock server has no cnexpress account 'carol';"
                + " its accounts are [alice, bob]");
    }

    @Test
    void credential_of_another_carrier_on_a_client() {
        assertThat(failure(CredentialOfAnotherCarrier.class)).isEqualTo("ParameterResolutionException: Cannot inject"
                + " parameter 'cnexpress' (CnExpressApi) of CredentialOfAnotherCarrier.test(...): CnExpressApi is a cnexpress"
                + " client, but @Credential names a cdek account");
    }

    @Test
    void credential_on_a_type_it_cannot_fill() {
        assertThat(failure(CredentialOnAString.class)).contains("Cannot inject parameter 'password' (String)",
                "@Credential goes on a MockCredential parameter or a generated client");
    }

    @Test
    void a_client_for_a_carrier_without_any_account() {
        assertThat(failure(NoAccounts.class)).isEqualTo("ParameterResolutionException: Cannot inject parameter 'cnexpress'"
                + " (CnExpressApi) of NoAccounts.test(...): the mock server has no cnexpress account: add one under"
                + " carriers.cnexpress.credentials in the config");
    }

    @Test
    void a_type_the_extension_does_not_provide_is_left_to_junit() {
        assertThat(failure(ForeignType.class)).startsWith("ParameterResolutionException: No ParameterResolver registered"
                + " for parameter [java.time.Duration timeout]");
    }

    @Test
    void a_config_that_is_neither_on_the_classpath_nor_a_file() {
        assertThat(failure(MissingConfig.class)).startsWith("ExtensionConfigurationException: mock-server config"
                + " 'nowhere.yaml' is neither a classpath resource nor a file");
    }

    @Test
    void an_invalid_config_lists_its_problems() {
        assertThat(failure(InvalidConfig.class)).startsWith("InvalidConfigException: Invalid mock-server config"
                + " (the extension builder's configYaml):").contains("/server/port");
    }

    @Test
    void a_start_that_is_not_an_instant() {
        assertThat(failure(BadStart.class)).isEqualTo("ExtensionConfigurationException: @CarrierMock(start = \"yesterday\")"
                + " is not an ISO-8601 instant such as 2026-01-01T00:00:00Z");
    }

    private static String failure(Class<?> scenario) {
        var messages = TestKit.failureMessages(TestKit.run(scenario));
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    @CarrierMock
    static class BaseUrlOnAnInt {
        @Test
        void test(@BaseUrl(Carrier.CNEXPRESS) int port) {
        }
    }

    @CarrierMock(config = "two-accounts-each.yaml")
    static class UnknownAccount {
        @Test
        void test(@Credential(value = Carrier.CNEXPRESS, id = "carol") MockCredential carol) {
        }
    }

    @CarrierMock(config = "two-accounts-each.yaml")
    static class CredentialOfAnotherCarrier {
        @Test
        void test(@Credential(Carrier.CDEK) CnExpressApi cnexpress) {
        }
    }

    @CarrierMock(config = "two-accounts-each.yaml")
    static class CredentialOnAString {
        @Test
        void test(@Credential(Carrier.CNEXPRESS) String password) {
        }
    }

    static class NoAccounts {
        @RegisterExtension
        static CarrierMockExtension mock = CarrierMockExtension.builder()
                .configYaml("carriers: {cnexpress: {credentials: []}}")
                .build();

        @Test
        void test(CnExpressApi cnexpress) {
        }
    }

    @CarrierMock
    static class ForeignType {
        @Test
        void test(Duration timeout) {
        }
    }

    @CarrierMock(config = "nowhere.yaml")
    static class MissingConfig {
        @Test
        void test() {
        }
    }

    static class InvalidConfig {
        @RegisterExtension
        static CarrierMockExtension mock = CarrierMockExtension.builder().configYaml("server: {port: many}").build();

        @Test
        void test() {
        }
    }

    @CarrierMock(start = "yesterday")
    static class BadStart {
        @Test
        void test() {
        }
    }
}
