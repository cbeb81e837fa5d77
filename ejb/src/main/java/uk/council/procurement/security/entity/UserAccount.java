package uk.council.procurement.security.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.Roles;

@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Pattern(regexp = USERNAME_PATTERN,
            message = "must be 3 to 60 lower-case letters, digits, dots, hyphens or underscores")
    @Column(nullable = false, unique = true, length = 60)
    @Size(max = 60)
    private String username;

    @Embedded
    private StoredPassword password;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false, length = 254)
    private String email;

    /** Set for provider users only: the one organisation whose data they may see. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private ProviderOrganisation provider;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 40)
    private Set<String> roles = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    private UserAccount(String username, StoredPassword password, String fullName, String email, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.fullName = fullName;
        this.email = email;
        this.createdAt = createdAt;
    }

    public static UserAccount staff(String username, StoredPassword password, String fullName, String email,
            Set<String> roles, Instant now) {
        if (roles.isEmpty() || !roles.stream().allMatch(r -> Roles.STAFF.contains(r) || Roles.ADMIN.equals(r))) {
            throw new IllegalArgumentException("staff roles expected, got " + roles);
        }
        var account = new UserAccount(username, password, fullName, email, now);
        account.roles.addAll(roles);
        return account;
    }

    public static UserAccount providerUser(String username, StoredPassword password, String fullName, String email,
            ProviderOrganisation provider, Instant now) {
        var account = new UserAccount(username, password, fullName, email, now);
        account.provider = Objects.requireNonNull(provider, "provider");
        account.roles.add(Roles.PROVIDER);
        return account;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
