package cn.zhishi.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenDigest(String digest);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);
}
