/**
 * The keys domain's contract: {@code KeysService} on the bus with its requests ({@code KeyDraft},
 * {@code ProviderDraft}) and replies ({@code NewAccessKey}, {@code AccessKeyInfo},
 * {@code AccessKeyList}, {@code KeyIdentity}, {@code ProviderCredential}, {@code ProviderList},
 * {@code MasterRotation}).
 *
 * <p>May import Vert.x (codegen, Future, JSON), {@code bus}, {@code store} types and {@code core}
 * packages; never an implementation (the domain's own package, {@code app}, {@code http}).
 */
package com.betterbros.props.keys.api;
